"""The review web app (FastAPI): a thin adapter over ``rulewatch.review``; every page needs a login.

Safety rules kept here, in one place: Jinja2 autoescapes everything; every POST checks a CSRF token;
pages send a Content-Security-Policy that allows our own script only; an archived snapshot is shown
as its extracted main text (escaped), and its raw body only as sandboxed plain text, never as HTML.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from jinja2 import Environment, FileSystemLoader

from rulewatch.extractors.main_text import decode
from rulewatch.errors import AccountError, ReviewConflict, ReviewError, UnknownAlert
from rulewatch.store import Store
from rulewatch.store.tables import MAX_ID

from ..decisions import decide_typed, history
from ..edits import DESCRIPTIVE
from ..evidence import archived_body, snapshot_text, snapshot_url
from ..pages import alert_context, queue_context, queue_json
from ..queue import FACETS, QueueFilter, neighbours
from ..unread import waiting_per_source
from .reading import add_reading_routes
from .refusals import Refusal, Refusals
from ..throttle import Attempt, LoginThrottle, TooManyTries
from ..users import SESSION_LIFETIME, Login, change_own_password, close_session, open_session, session_login

HERE = Path(__file__).parent
SESSION_COOKIE = "rw_session"
LOGIN_CSRF_COOKIE = "rw_login_csrf"
DEVICE_COOKIE = "rw_device"  # a browser an editor logged in from: others' failures never delay it (throttle.py)
DEVICE_LIFETIME = 365 * 24 * 3600
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
# An archived body is shown as text in a sandbox: even a browser that sniffed it could run nothing.
SNAPSHOT_HEADERS = {**SECURITY_HEADERS, "Content-Security-Policy": "sandbox; default-src 'none'"}


MAX_PAGE = 100_000  # 5 million alerts at 50 a page
Page = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Id = Annotated[int, Query(ge=1, le=MAX_ID)]
AlertId = Annotated[int, PathParam(ge=1, le=MAX_ID)]
Offset = Annotated[int | None, Query(ge=0, le=100_000_000)]
# The only messages /login shows from its URL: a code chooses one, any other code shows none.
LOGIN_MESSAGES = {"logged-out": "You are logged out.", "expired": "Your session ended: log in again."}


class NeedLogin(Exception):
    """Raised by a page whose request has no valid session."""


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.filters["qs"] = lambda params: urlencode({k: v for k, v in params.items() if v is not None})
    env.filters["without"] = lambda params, name: {k: v for k, v in params.items() if k != name}
    return Jinja2Templates(env=env)


def _filter(params: Any) -> QueueFilter:
    return QueueFilter(**{name: params.get(name) or None for name in FACETS if params.get(name)})


def create_app(store: Store, throttle: LoginThrottle | None = None) -> FastAPI:
    """The app over one store; ``rulewatch serve`` runs it with uvicorn."""
    app = FastAPI(title="rulewatch review", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = _templates()
    throttle = throttle or LoginThrottle(store)
    refusals = Refusals()

    def attempt(request: Request, name: str) -> Attempt:
        return Attempt(name, request.client.host if request.client else "unknown", request.cookies.get(DEVICE_COOKIE))

    async def password_checked(request: Request, name: str, check, *args):  # noqa: ANN001, ANN202
        """Run a password check under the throttle: AccountError when refused or wrong; on success the
        browser's device cookie is returned with the check's result."""
        tried = attempt(request, name)
        result = await throttle.checked(tried, lambda: check(*args))
        return result, await run_in_threadpool(throttle.succeeded, tried)

    def device_cookie(response: Response, device: str) -> Response:
        response.set_cookie(DEVICE_COOKIE, device, httponly=True, samesite="strict", path="/", max_age=DEVICE_LIFETIME)
        return response

    def session_cookie(response: Response, token: str) -> Response:
        response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", path="/",
                            max_age=int(SESSION_LIFETIME.total_seconds()))  # idle expiry is the server's
        return response

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # noqa: ANN001, ANN202
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        """A path or query value FastAPI cannot read (``abc``, ``1e5``, a page past ``MAX_PAGE``): a bad path is
        404, a bad query 400, each said in one line; never FastAPI's 422 echoing the input."""
        where = {str(e.get("loc", ("",))[0]) for e in exc.errors()}
        names = ", ".join(sorted({str(e["loc"][-1]) for e in exc.errors() if e.get("loc")}))
        status, message = (404, "No such page.") if "path" in where else (400, f"Bad value for {names}.")
        if request.url.path.endswith(".json"):
            return JSONResponse({"error": message}, status_code=status)
        return render(request, "error.html", {"message": message}, session_login(store, request.cookies.get(SESSION_COOKIE)),
                      status)

    @app.exception_handler(NeedLogin)
    async def to_login(request: Request, _exc: NeedLogin) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        ended = {"msg": "expired"} if request.cookies.get(SESSION_COOKIE) else {}
        return RedirectResponse("/login?" + urlencode({"next": target, **ended}), status_code=303)

    def login_of(request: Request) -> Login:
        login = session_login(store, request.cookies.get(SESSION_COOKIE))
        if login is None:
            raise NeedLogin()
        return login

    async def checked_form(request: Request, login: Login) -> dict[str, str]:
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        if not login.csrf_ok(form.get("csrf")):
            raise ReviewError("this form is out of date (CSRF token missing or wrong): reload the page and try again")
        return form

    def render(request: Request, name: str, context: dict[str, Any], login: Login | None, status: int = 200) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"login": login, **context}, status_code=status)

    def bad_filter(request: Request, login: Login, exc: ReviewError) -> HTMLResponse:
        return render(request, "error.html", {"message": str(exc)}, login, 400)

    # --- login -------------------------------------------------------------------------------

    def login_page(request: Request, next: str, error: str | None = None, status: int = 200,
                   notice: str | None = None) -> HTMLResponse:
        token = secrets.token_urlsafe(32)
        context = {"next": _local(next), "csrf": token, "error": error, "notice": notice}
        response = render(request, "login.html", context, None, status)
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/login")
        return response

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/", msg: str = "") -> HTMLResponse:
        """The URL chooses a message by its code only: text from a link is never shown (a phishing line)."""
        return login_page(request, next, notice=LOGIN_MESSAGES.get(msg))

    @app.post("/login")
    async def login_submit(request: Request) -> Response:
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        expected = request.cookies.get(LOGIN_CSRF_COOKIE) or ""
        target = _local(form.get("next", "/"))
        if not expected or not secrets.compare_digest(expected, form.get("csrf", "")):
            return login_page(request, target, "The login form expired: please try again.", 403)
        name = form.get("name", "")
        try:
            (token, _login), device = await password_checked(request, name, open_session, store, name,
                                                             form.get("password", ""))
        except AccountError as exc:
            return login_page(request, target, _sentence(exc), 429 if isinstance(exc, TooManyTries) else 401)
        response = device_cookie(session_cookie(RedirectResponse(target, status_code=303), token), device)
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
        return response

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        login = login_of(request)
        try:
            await checked_form(request, login)
        except ReviewError as exc:
            return render(request, "error.html", {"message": str(exc)}, login, 403)
        close_session(store, request.cookies.get(SESSION_COOKIE))
        response = RedirectResponse("/login?msg=logged-out", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # --- the editor's own account --------------------------------------------------------------

    @app.get("/account", response_class=HTMLResponse)
    def account(request: Request, changed: Annotated[int, Query(ge=0, le=1)] = 0) -> Response:
        return render(request, "account.html", {"changed": changed, "error": None}, login_of(request))

    @app.post("/account/password")
    async def own_password(request: Request) -> Response:
        login = login_of(request)
        try:
            form = await checked_form(request, login)
        except ReviewError as exc:
            return render(request, "error.html", {"message": str(exc)}, login, 403)
        new = form.get("new", "")
        try:
            if new != form.get("repeat"):
                raise AccountError("the two new passwords differ")
            _none, device = await password_checked(request, login.editor, change_own_password, store, login.editor,
                                                   form.get("current", ""), new)
        except AccountError as exc:
            return render(request, "account.html", {"changed": 0, "error": _sentence(exc)}, login, 400)
        # Every session of the account ended with the old password (a stolen cookie too); this browser gets a new one.
        token, _login = await run_in_threadpool(open_session, store, login.editor, new)
        return device_cookie(session_cookie(RedirectResponse("/account?changed=1", status_code=303), token), device)

    # --- the queue ---------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def queue(request: Request, page: Page = 1, done: Id | None = None) -> Response:
        login = login_of(request)
        try:
            flt = _filter(request.query_params)
        except ReviewError as exc:
            return bad_filter(request, login, exc)
        q = queue_context(store, flt, page)
        return render(request, "queue.html", {"q": q, "params": flt.as_params(), "done": done,
                                              "waiting": waiting_per_source(store)}, login)

    @app.get("/alerts.json")
    def queue_as_json(request: Request, page: Page = 1) -> Response:
        login_of(request)
        try:
            flt = _filter(request.query_params)
        except ReviewError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse({**queue_json(queue_context(store, flt, page)), "to_read": waiting_per_source(store)})

    # --- one alert ---------------------------------------------------------------------------

    def alert_page(request: Request, login: Login, alert_id: int, flt: QueueFilter, status: int = 200,
                   error: str | None = None, form: dict[str, str] | None = None) -> Response:
        try:
            ctx = alert_context(store, alert_id, flt)
        except UnknownAlert as exc:
            return render(request, "error.html", {"message": str(exc)}, login, 404)
        return render(request, "alert.html", {"a": ctx, "params": flt.as_params(), "error": error, "form": form or {},
                                            "done": request.query_params.get("done")}, login, status)

    @app.get("/alerts/{alert_id}.json")
    def alert_as_json(request: Request, alert_id: AlertId) -> Response:
        login_of(request)
        try:
            return JSONResponse(alert_context(store, alert_id, QueueFilter()).as_json())
        except UnknownAlert as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)

    @app.get("/alerts/{alert_id}", response_class=HTMLResponse)
    def alert(request: Request, alert_id: AlertId, refused: str = "") -> Response:
        login = login_of(request)
        try:
            flt = _filter(request.query_params)
        except ReviewError as exc:
            return bad_filter(request, login, exc)
        shown = refusals.get(refused, login.editor)
        if shown is None:
            return alert_page(request, login, alert_id, flt)
        return alert_page(request, login, alert_id, flt, shown.status, shown.message, shown.form)

    def refused(alert_id: int, flt: QueueFilter, refusal: Refusal) -> Response:
        """Post/redirect/get for a refused decision too: the page it lands on shows why and what was typed,
        and a reload asks again for that page, never posts the form a second time."""
        params = {**flt.as_params(), "refused": refusals.put(refusal)}
        return RedirectResponse(f"/alerts/{alert_id}?{urlencode(params)}", status_code=303)

    @app.post("/alerts/{alert_id}/decision")
    async def decision(request: Request, alert_id: AlertId) -> Response:
        login = login_of(request)
        form: dict[str, str] = {}
        try:
            form = await checked_form(request, login)
            flt = _filter(form)
        except ReviewError as exc:
            return render(request, "error.html", {"message": str(exc)}, login, 403)
        try:
            version = int(form.get("version", ""))
            qualifiers = {name: form.get(name, "") for name in DESCRIPTIVE} if form.get("qualifiers") else None
            await run_in_threadpool(decide_typed, store, alert_id, form.get("action", ""), form.get("reason", ""),
                                    login.editor, version, form.get("value"), form.get("operator"), form.get("unit"),
                                    qualifiers)
        except ValueError:
            return refused(alert_id, flt, Refusal(login.editor, 400, "The form lost the alert's version: reload the page.", form))
        except ReviewConflict as exc:  # the form now shows what changed: act on that
            return refused(alert_id, flt, Refusal(login.editor, 409, f"Conflict: {exc}. Your decision was not saved.",
                                                  {**form, "version": ""}))
        except ReviewError as exc:  # includes UnknownAlert
            return refused(alert_id, flt, Refusal(login.editor, 400, _sentence(exc), form))
        params = {**flt.as_params(), "done": alert_id}
        if form.get("back") == "queue":
            return RedirectResponse("/?" + urlencode(params), status_code=303)
        with store.transaction() as session:
            _prev, nxt = neighbours(session, flt, alert_id)
        target = f"/alerts/{nxt}" if nxt else f"/alerts/{alert_id}"
        return RedirectResponse(f"{target}?{urlencode(params)}", status_code=303)

    # --- statements to read ("To read") ---------------------------------------------------------

    add_reading_routes(app, store, render, login_of, checked_form)

    # --- evidence and history ----------------------------------------------------------------

    @app.get("/snapshots/{digest}", response_class=HTMLResponse)
    def snapshot(request: Request, digest: str, start: Offset = None, end: Offset = None) -> Response:
        """The snapshot's main text as the quotes were read from it, the quote (``start``-``end``) marked and
        scrolled to (the link ends in ``#quote``); the body as fetched is one link away."""
        login = login_of(request)
        text = snapshot_text(store, digest, snapshot_url(store, digest) or "")
        if text is None:
            return render(request, "error.html", {"message": "This snapshot is not in the archive."}, login, 404)
        marked = start is not None and end is not None and start < end <= len(text)
        parts = (text[:start], text[start:end], text[end:]) if marked else (text, "", "")
        return render(request, "snapshot.html", {"digest": digest, "parts": parts}, login)

    @app.get("/snapshots/{digest}/raw")
    def snapshot_raw(request: Request, digest: str) -> Response:
        login_of(request)
        body = archived_body(store, digest)
        if body is None:
            return Response("not in the archive\n", status_code=404, media_type="text/plain", headers=SNAPSHOT_HEADERS)
        headers = {**SNAPSHOT_HEADERS, "Content-Disposition": f'inline; filename="{digest}.txt"'}
        return Response(decode(body, None), media_type="text/plain; charset=utf-8", headers=headers)

    @app.get("/history", response_class=HTMLResponse)
    def recent(request: Request) -> Response:
        login = login_of(request)
        return render(request, "history.html", {"reviews": history(store, limit=200)}, login)

    return app


def _sentence(exc: Exception) -> str:
    """An error as a sentence on a page: its first letter raised, the rest as written (``TEER``, ``'banana'``)."""
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _local(target: str | None) -> str:
    """Only paths on this site are redirect targets (``//evil.example`` and ``https://…`` are not)."""
    target = target or "/"
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"
