// Keyboard shortcuts for the review pages, and reason drafts that survive a reload or a new login.
// No inline script anywhere: the Content-Security-Policy allows this file only.
(function () {
  "use strict";
  const typing = (e) => /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable;
  const draftKey = (id) => "rulewatch-reason-" + id;

  // A decision the server confirmed: its draft is no longer needed.
  const done = document.querySelector("[data-done]");
  if (done) sessionStorage.removeItem(draftKey(done.dataset.done));

  const queue = document.getElementById("queue");
  if (queue) {
    const rows = Array.from(queue.querySelectorAll("tbody tr"));
    const quick = document.getElementById("quick");
    let current = 0;
    const select = (i) => {
      if (!rows.length) return;
      current = Math.max(0, Math.min(rows.length - 1, i));
      rows.forEach((r, j) => r.classList.toggle("selected", j === current));
      rows[current].scrollIntoView({block: "nearest"});
    };
    rows.forEach((r, i) => r.addEventListener("click", () => select(i)));
    const ask = (action) => {
      const row = rows[current];
      if (!row || row.dataset.status !== "open") return;
      quick.action = "/alerts/" + row.dataset.id + "/decision";
      quick.elements.action.value = action;
      quick.elements.version.value = row.dataset.version;
      quick.querySelector(".what").textContent = (action === "accept" ? "Accept" : "Reject") + " #" + row.dataset.id;
      quick.hidden = false;
      quick.elements.reason.value = sessionStorage.getItem(draftKey(row.dataset.id)) || "";
      quick.elements.reason.focus();
    };
    quick.elements.reason.addEventListener("input", () => {
      sessionStorage.setItem(draftKey(rows[current].dataset.id), quick.elements.reason.value);
    });
    const close = () => { quick.hidden = true; };
    quick.querySelector(".cancel").addEventListener("click", close);
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape") { close(); return; }
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "j") select(current + 1);
      else if (e.key === "k") select(current - 1);
      else if (e.key === "o" || e.key === "Enter") rows[current] && rows[current].querySelector("a").click();
      else if (e.key === "a") { e.preventDefault(); ask("accept"); }
      else if (e.key === "r") { e.preventDefault(); ask("reject"); }
    });
    select(0);
  }

  const article = document.querySelector("article.alert");
  if (article) {
    const form = document.getElementById("decision");
    const choose = (action, focus) => {
      form.querySelector("input[name=action][value=" + action + "]").checked = true;
      form.classList.toggle("editing", action === "edit");
      if (focus) (action === "edit" ? form.elements.value : form.elements.reason).focus();
    };
    if (form) {
      const reason = form.elements.reason;
      const key = draftKey(article.dataset.id);
      if (!reason.value) reason.value = sessionStorage.getItem(key) || "";
      reason.addEventListener("input", () => sessionStorage.setItem(key, reason.value));
      form.querySelectorAll("input[name=action]").forEach((r) => r.addEventListener("change", () => choose(r.value, true)));
      choose(form.elements.action.value, false);
    }
    document.addEventListener("keydown", (e) => {
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      const go = (id) => { const a = document.getElementById(id); if (a) a.click(); };
      const action = {a: "accept", r: "reject", e: "edit"}[e.key];
      if (e.key === "j") go("next");
      else if (e.key === "k") go("prev");
      else if (form && action) { e.preventDefault(); choose(action, true); }
    });
  }
})();
