"""The "To read" pages: unread statements an editor types into a record or dismisses (HTML and JSON twins).

Routes are added to the app by ``add_reading_routes`` with the app's own login, CSRF check and
renderer, so the safety rules of ``app.py`` hold here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from rulewatch.errors import ReviewConflict, ReviewError, UnknownStatement
from rulewatch.schemas import CRITERIA
from rulewatch.schemas.vocabulary import FACTORS
from rulewatch.store import Store
from rulewatch.store.unread import StoredAnswer, StoredUnread

from ..evidence import QuoteInContext, quote_in_context
from ..unread import (REASONS, SUBJECTS, UnreadFilter, dismiss_statement, statement, to_read, type_statement,
                      waiting_per_source)

FORM_CHOICES = {
    "subjects": SUBJECTS, "criteria": tuple(CRITERIA), "operators": (">=", "<=", "=", "in"), "factors": FACTORS,
    "abilities": ("reading", "writing", "listening", "speaking"), "reasons": REASONS,
}


@dataclass
class StatementContext:
    """One statement in its paragraph, the answer covering it if any."""

    stored: StoredUnread
    quote: QuoteInContext
    answer: StoredAnswer | None

    def as_json(self) -> dict[str, Any]:
        s = self.stored
        return {"id": s.id, "night": s.night_id, "source": s.source, **s.statement.model_dump(mode="json"),
                "answer": None if self.answer is None else {
                    "action": self.answer.action, "reason": self.answer.reason, "editor": self.answer.editor,
                    "at": self.answer.at.isoformat(), "alert_id": self.answer.alert_id,
                    "record": self.answer.record.model_dump(mode="json") if self.answer.record else None}}


def statement_context(store: Store, statement_id: int) -> StatementContext:
    """Raises UnknownStatement for an id that does not exist."""
    stored, answer = statement(store, statement_id)
    return StatementContext(stored, quote_in_context(store, stored.statement.evidence), answer)


def add_reading_routes(app: FastAPI, store: Store, render: Callable[..., HTMLResponse], login_of: Callable[[Request], Any],
                       checked_form: Callable[[Request, Any], Awaitable[dict[str, str]]]) -> None:
    """``/unread`` (the list, filtered), ``/unread/{id}`` (one statement and its two forms), their ``.json`` twins."""

    def statement_page(request: Request, login: Any, statement_id: int, params: dict[str, str], status: int = 200,
                       error: str | None = None, form: dict[str, str] | None = None) -> Response:
        try:
            ctx = statement_context(store, statement_id)
        except UnknownStatement as exc:
            return render(request, "error.html", {"message": str(exc)}, login, 404)
        return render(request, "unread_statement.html", {"s": ctx, "error": error, "form": form or {}, "params": params,
                                                         **FORM_CHOICES}, login, status)

    @app.get("/unread", response_class=HTMLResponse)
    def unread_list(request: Request) -> Response:
        login = login_of(request)
        try:
            flt = UnreadFilter.parse(dict(request.query_params))
        except ReviewError as exc:
            return render(request, "error.html", {"message": str(exc)}, login, 400)
        rows = to_read(store, flt)
        return render(request, "unread.html", {"rows": rows, "params": flt.as_params(), "waiting": waiting_per_source(store),
                                               "done": request.query_params.get("done"),
                                               "alert": request.query_params.get("alert"), "reasons": REASONS}, login)

    @app.get("/unread.json")
    def unread_json(request: Request) -> Response:
        login_of(request)
        try:
            flt = UnreadFilter.parse(dict(request.query_params))
        except ReviewError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        rows = to_read(store, flt)
        return JSONResponse({"filter": flt.as_params(), "waiting": waiting_per_source(store), "statements": [
            {"id": r.id, "night": r.night_id, "source": r.source, **r.statement.model_dump(mode="json")} for r in rows]})

    @app.get("/unread/{statement_id}.json")
    def statement_json(request: Request, statement_id: int) -> Response:
        login_of(request)
        try:
            return JSONResponse(statement_context(store, statement_id).as_json())
        except UnknownStatement as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)

    @app.get("/unread/{statement_id}", response_class=HTMLResponse)
    def statement_view(request: Request, statement_id: int) -> Response:
        login = login_of(request)
        try:
            flt = UnreadFilter.parse(dict(request.query_params))
        except ReviewError as exc:
            return render(request, "error.html", {"message": str(exc)}, login, 400)
        return statement_page(request, login, statement_id, flt.as_params())

    async def answer(request: Request, statement_id: int, act: Callable[[dict[str, str], str], Any]) -> Response:
        login = login_of(request)
        try:
            form = await checked_form(request, login)
        except ReviewError as exc:
            return render(request, "error.html", {"message": str(exc)}, login, 403)
        params = _list_params(form.get("back", ""))
        try:
            done = await run_in_threadpool(act, form, login.editor)
        except UnknownStatement as exc:
            return render(request, "error.html", {"message": str(exc)}, login, 404)
        except ReviewConflict as exc:
            return statement_page(request, login, statement_id, params, 409, f"Conflict: {exc}. Your answer was not saved.", form)
        except ReviewError as exc:
            return statement_page(request, login, statement_id, params, 400, f"Not saved: {exc}.", form)
        params = {**params, "done": statement_id, **({"alert": done.alert_id} if done.alert_id else {})}
        return RedirectResponse("/unread?" + urlencode(params), status_code=303)

    @app.post("/unread/{statement_id}/type")
    async def type_it(request: Request, statement_id: int) -> Response:
        return await answer(request, statement_id,
                            lambda form, editor: type_statement(store, statement_id, form, editor, form.get("note", "")))

    @app.post("/unread/{statement_id}/dismiss")
    async def dismiss_it(request: Request, statement_id: int) -> Response:
        return await answer(request, statement_id,
                            lambda form, editor: dismiss_statement(store, statement_id, form.get("reason", ""), editor))


def _list_params(query: str) -> dict[str, str]:
    """The list's filters the editor came from (the forms carry them as ``back``); none when they do not parse."""
    try:
        return UnreadFilter.parse(dict(parse_qsl(query))).as_params()
    except ReviewError:
        return {}
