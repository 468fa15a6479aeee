"""A fake Telegram Bot API server on 127.0.0.1 that the real python-telegram-bot client talks to.

`{url}/bot{token}/{method}`, as a self-hosted Bot API server. It serves getUpdates (long
polling) from updates the test pushes, checks sendMessage text the way Telegram does (length
after entity parsing, the HTML tags it accepts, balanced tags, entities), records every call,
and can be told to fail: 429 with retry_after, 403, 400, 5xx, stall, refuse connections, or
enforce rate limits.
"""
from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote

BOT_ID = 4242
TOKEN = "4242:TEST-token"
MAX_TEXT = 4096

# Tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style).
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "tg-spoiler", "blockquote", "span", "tg-emoji"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>")
_ATTR = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")
_ENTITY_VALUES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class EntityError(ValueError):
    """What Telegram answers as "Bad Request: can't parse entities: ..."."""


def parse_html(text: str) -> str:
    """The visible text of a Telegram HTML message; EntityError when Telegram would refuse it."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char == "<":
            match = _TAG.match(text, pos)
            if not match:
                raise EntityError(f"Unexpected end tag or unescaped \"<\" at byte offset {pos}")
            closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
            if name not in ALLOWED_TAGS:
                raise EntityError(f'Unsupported start tag "{name}" at byte offset {pos}')
            if closing:
                if not stack or stack[-1] != name:
                    raise EntityError(f'Can\'t find end tag corresponding to start tag "{name}"')
                stack.pop()
            else:
                _check_attrs(name, attrs, pos)
                stack.append(name)
            pos = match.end()
        elif char == "&":
            match = _ENTITY.match(text, pos)
            if not match:
                raise EntityError(f"Unsupported HTML entity or unescaped \"&\" at byte offset {pos}")
            name = match.group(1)
            if name.startswith("#x"):
                out.append(chr(int(name[2:], 16)))
            elif name.startswith("#"):
                out.append(chr(int(name[1:])))
            else:
                out.append(_ENTITY_VALUES[name])
            pos = match.end()
        elif char == ">":
            raise EntityError(f"Unescaped \">\" at byte offset {pos}")
        else:
            out.append(char)
            pos += 1
    if stack:
        raise EntityError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def _check_attrs(name: str, attrs: str, pos: int) -> None:
    found = {m.group(1).lower(): next((g for g in m.groups()[1:] if g is not None), "")
             for m in _ATTR.finditer(attrs)}
    if name == "a":
        if set(found) - {"href"} or not found.get("href"):
            raise EntityError(f"Bad <a> tag at byte offset {pos}")
        if "<" in found["href"] or ">" in found["href"]:
            raise EntityError(f"Unescaped \"<\" in href at byte offset {pos}")
    elif name == "span":
        if found != {"class": "tg-spoiler"}:
            raise EntityError(f'Tag "span" must have class "tg-spoiler" at byte offset {pos}')
    elif name in ("code", "pre"):
        if set(found) - {"class"}:
            raise EntityError(f'Unsupported attribute in "{name}" at byte offset {pos}')
    elif name == "blockquote":
        if set(found) - {"expandable"}:
            raise EntityError(f'Unsupported attribute in "{name}" at byte offset {pos}')
    elif name == "tg-emoji":
        if set(found) - {"emoji-id"}:
            raise EntityError(f'Unsupported attribute in "{name}" at byte offset {pos}')
    elif found:
        raise EntityError(f'Unsupported attribute in "{name}" at byte offset {pos}')


def utf16_len(value: str) -> int:
    return len(value.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Call:
    """One request the fake received, and how it answered."""

    method: str
    params: dict
    at: float  # time.monotonic() on arrival
    status: int

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return self.params.get("text", "")


@dataclass
class Failure:
    """Answer the next `times` matching calls with this error instead of serving them."""

    method: str
    status: int
    description: str
    times: int = 1
    retry_after: int | None = None
    chat_id: int | None = None
    stall: float = 0.0  # seconds to hang before closing the connection unanswered


@dataclass
class _Limits:
    overall: int
    per_chat: int
    window: float


@dataclass
class FakeBotAPI:
    """`with FakeBotAPI() as api:` then point PTB at `api.url` with token `api.token`."""

    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._lock = threading.Condition()
        self._updates: list[dict] = []
        self._next_update = 1
        self._next_message = 1000
        self._messages: dict[tuple[int, int], str] = {}  # (chat, message id) -> text and markup, for edits
        self._limits: _Limits | None = None
        self._down = False
        self._closing = False
        self._port = 0
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._files: dict[str, bytes] = {}  # file_id -> content, for getFile and /file/bot<token>/<path>
        self._serve()

    # --- lifecycle -------------------------------------------------------------------
    def _serve(self) -> None:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # one request per connection: going down really cuts

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                api._handle(self)

            do_GET = do_POST

        self._httpd = ThreadingHTTPServer(("127.0.0.1", self._port), Handler)
        self._httpd.daemon_threads = True
        self._port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The API root, as TELEGRAM_API_URL."""
        return f"http://127.0.0.1:{self._port}"

    def go_down(self) -> None:
        """Stop listening: connections are refused until `come_up`."""
        with self._lock:
            self._down = True
            self._lock.notify_all()
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()

    def come_up(self) -> None:
        """Listen again on the same port."""
        with self._lock:
            self._down = False
        self._serve()

    def close(self) -> None:
        with self._lock:
            self._closing = True
            self._lock.notify_all()
        if not self._down and self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> FakeBotAPI:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- scripting -------------------------------------------------------------------
    def fail(self, method: str, status: int, description: str = "", times: int = 1, *,
             retry_after: int | None = None, chat_id: int | None = None, stall: float = 0.0) -> None:
        """The next `times` calls of `method` (to `chat_id`, if given) fail this way."""
        defaults = {429: f"Too Many Requests: retry after {retry_after}", 403: "Forbidden: bot was blocked by the user",
                    400: "Bad Request: can't parse entities", 502: "Bad Gateway", 500: "Internal Server Error"}
        description = description or defaults.get(status, "Error")
        with self._lock:
            self.failures.append(Failure(method, status, description, times, retry_after, chat_id, stall))

    def stall(self, method: str, seconds: float, times: int = 1) -> None:
        """The next `times` calls of `method` hang `seconds`, then the connection closes unanswered."""
        self.fail(method, 0, "stalled", times, stall=seconds)

    def block(self, chat_id: int) -> None:
        """This chat blocked the bot: every sendMessage to it gets 403."""
        with self._lock:
            self.blocked.add(chat_id)

    def delete_message(self, chat_id: int, message_id: int) -> None:
        """The user deleted this message: editing it is refused as Telegram does."""
        with self._lock:
            self._messages.pop((chat_id, message_id), None)

    def edited(self, chat_id: int | None = None) -> list[Call]:
        """Accepted editMessageText calls (to `chat_id`, if given), in arrival order."""
        return [c for c in self.calls_to("editMessageText")
                if c.status == 200 and (chat_id is None or c.chat_id == chat_id)]

    def enforce_limits(self, overall: int = 30, per_chat: int = 2, window: float = 0.9) -> None:
        """Answer 429 (retry_after 1) when a send would make more than `overall` sends, or more
        than `per_chat` to one chat, within `window` seconds (Telegram's 30/s and 1/s with
        short bursts, measured with a little slack for timing jitter)."""
        with self._lock:
            self._limits = _Limits(overall, per_chat, window)

    # --- updates the bot will receive ------------------------------------------------
    def _push(self, kind: str, payload: dict) -> dict:
        with self._lock:
            update = {"update_id": self._next_update, kind: payload}
            self._next_update += 1
            self._updates.append(update)
            self._lock.notify_all()
        return update

    def _message_id(self) -> int:
        with self._lock:
            self._next_message += 1
            return self._next_message

    @staticmethod
    def user(user_id: int, language_code: str | None = "fr") -> dict:
        user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        if language_code:
            user["language_code"] = language_code
        return user

    @staticmethod
    def chat(chat_id: int, chat_type: str | None = None) -> dict:
        chat_type = chat_type or ("private" if chat_id > 0 else "supergroup")
        chat = {"id": chat_id, "type": chat_type}
        chat.update({"first_name": f"User{chat_id}"} if chat_type == "private" else {"title": f"Chat {chat_id}"})
        return chat

    @staticmethod
    def _entities(text: str) -> list[dict]:
        if not text.startswith("/"):
            return []
        command = text.split()[0]
        return [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]

    def push_message(self, chat_id: int, text: str, *, user_id: int | None = None,
                     language_code: str | None = "fr", chat_type: str | None = None,
                     thread_id: int | None = None) -> dict:
        """A user writes `text` in `chat_id` (a private chat with them by default), in the forum
        topic `thread_id` if given."""
        message = {
            "message_id": self._message_id(), "date": int(time.time()), "chat": self.chat(chat_id, chat_type),
            "from": self.user(user_id if user_id is not None else chat_id, language_code), "text": text,
        }
        if thread_id is not None:
            message.update(message_thread_id=thread_id, is_topic_message=True)
            message["chat"]["is_forum"] = True
        if entities := self._entities(text):
            message["entities"] = entities
        return self._push("message", message)

    def push_sticker(self, chat_id: int, *, language_code: str | None = "fr") -> dict:
        """A user sends a sticker (a message with no text) in the private chat `chat_id`."""
        sticker = {"file_id": "st1", "file_unique_id": "st1", "type": "regular", "width": 512, "height": 512,
                   "is_animated": False, "is_video": False}
        return self._push("message", {"message_id": self._message_id(), "date": int(time.time()),
                                      "chat": self.chat(chat_id, "private"),
                                      "from": self.user(chat_id, language_code), "sticker": sticker})

    def push_document(self, chat_id: int, content: bytes, file_name: str, *, caption: str = "",
                      user_id: int | None = None, language_code: str | None = "fr") -> dict:
        """A user sends a file in `chat_id`, with `caption` (a command there has caption entities)."""
        file_id = f"file{len(self._files) + 1}"
        self._files[file_id] = content
        message = {
            "message_id": self._message_id(), "date": int(time.time()), "chat": self.chat(chat_id),
            "from": self.user(user_id if user_id is not None else chat_id, language_code),
            "document": {"file_id": file_id, "file_unique_id": file_id, "file_name": file_name,
                         "mime_type": "text/x-opml", "file_size": len(content)},
        }
        if caption:
            message["caption"] = caption
            if entities := self._entities(caption):
                message["caption_entities"] = entities
        return self._push("message", message)

    def push_channel_post(self, chat_id: int, text: str) -> dict:
        """An admin posts `text` in the channel `chat_id`."""
        message = {"message_id": self._message_id(), "date": int(time.time()),
                   "chat": self.chat(chat_id, "channel"), "sender_chat": self.chat(chat_id, "channel"), "text": text}
        if entities := self._entities(text):
            message["entities"] = entities
        return self._push("channel_post", message)

    def push_callback(self, chat_id: int, data: str, *, user_id: int | None = None, message_id: int = 1,
                      language_code: str | None = "fr") -> dict:
        """A user presses an inline button carrying `data` under message `message_id`."""
        query = {
            "id": f"cb{self._next_update}", "from": self.user(user_id if user_id is not None else chat_id, language_code),
            "chat_instance": "ci", "data": data,
            "message": {"message_id": message_id, "date": int(time.time()), "chat": self.chat(chat_id), "text": "…"},
        }
        return self._push("callback_query", query)

    # --- what the bot did ------------------------------------------------------------
    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Accepted sendMessage calls (to `chat_id`, if given), in arrival order."""
        return [c for c in self.calls_to("sendMessage") if c.status == 200 and (chat_id is None or c.chat_id == chat_id)]

    def wait_for(self, predicate, timeout: float = 5.0) -> bool:
        """Block until `predicate(self)` is true (checked on every call), or timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not predicate(self):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(min(left, 0.05))
        return True

    # --- serving ---------------------------------------------------------------------
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        files, path = f"/file/bot{self.token}/", unquote(request.path)  # PTB quotes the token's colon
        if path.startswith(files) and path[len(files):] in self._files:
            data = self._files[path[len(files):]]
            request.send_response(200)
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
            return
        prefix = f"/bot{self.token}/"
        if not request.path.startswith(prefix):
            self._answer(request, 404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        method = request.path[len(prefix):]
        params = _read_params(request)
        arrived = time.monotonic()
        failure = self._take_failure(method, params)
        if failure is not None and failure.stall:
            self._record(method, params, arrived, 0)
            time.sleep(failure.stall)
            request.close_connection = True
            return
        if failure is not None:
            self._record(method, params, arrived, failure.status)
            body = {"ok": False, "error_code": failure.status, "description": failure.description}
            if failure.retry_after is not None:
                body["parameters"] = {"retry_after": failure.retry_after}
            self._answer(request, failure.status, body)
            return
        status, body = self._serve_method(method, params, arrived)
        self._answer(request, status, body)

    def _take_failure(self, method: str, params: dict) -> Failure | None:
        with self._lock:
            for failure in self.failures:
                chat = params.get("chat_id")
                if failure.method == method and failure.times > 0 and (
                        failure.chat_id is None or (chat is not None and int(chat) == failure.chat_id)):
                    failure.times -= 1
                    return failure
        return None

    def _record(self, method: str, params: dict, at: float, status: int) -> None:
        with self._lock:
            self.calls.append(Call(method, params, at, status))
            self._lock.notify_all()

    def _answer(self, request: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except OSError:
            pass

    def _serve_method(self, method: str, params: dict, arrived: float) -> tuple[int, dict]:
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        if method in ("sendMessage", "editMessageText"):
            return self._send_message(method, params, arrived)
        self._record(method, params, arrived, 200)
        if method == "getMe":
            return 200, {"ok": True, "result": {
                "id": BOT_ID, "is_bot": True, "first_name": "Veille", "username": "veille_test_bot",
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}}
        if method == "getFile" and params.get("file_id") in self._files:
            file_id = params["file_id"]
            return 200, {"ok": True, "result": {"file_id": file_id, "file_unique_id": file_id,
                                                "file_size": len(self._files[file_id]), "file_path": file_id}}
        if method in ("setMyCommands", "deleteWebhook", "answerCallbackQuery", "deleteMyCommands", "close"):
            return 200, {"ok": True, "result": True}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}

    def _get_updates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset", 0) or 0)
        timeout = float(params.get("timeout", 0) or 0)
        deadline = time.monotonic() + timeout
        with self._lock:
            # Telegram forgets updates below the offset: they were confirmed.
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and not self._closing and not self._down:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._lock.wait(left)
            result = list(self._updates[: int(params.get("limit", 100) or 100)])
        self._record("getUpdates", params, time.monotonic(), 200)
        return result

    def _send_message(self, method: str, params: dict, arrived: float) -> tuple[int, dict]:
        chat_id = int(params.get("chat_id", 0))
        text = params.get("text", "")
        error = self._check(chat_id, text, params)
        if error is not None:
            status, body = error
            self._record(method, params, arrived, status)
            return status, body
        content = text + json.dumps(params.get("reply_markup"), sort_keys=True)
        if method == "editMessageText":
            message_id = int(params.get("message_id") or 0)
            with self._lock:
                known = self._messages.get((chat_id, message_id))
            refusal = None
            if known is None:
                refusal = "Bad Request: message to edit not found"
            elif known == content:
                refusal = ("Bad Request: message is not modified: specified new message content and reply markup"
                           " are exactly the same as a current content and reply markup of the message")
            if refusal is not None:
                self._record(method, params, arrived, 400)
                return 400, {"ok": False, "error_code": 400, "description": refusal}
        else:
            message_id = self._message_id()
        with self._lock:
            self._messages[(chat_id, message_id)] = content
        self._record(method, params, arrived, 200)
        return 200, {"ok": True, "result": {
            "message_id": message_id, "date": int(time.time()), "chat": self.chat(chat_id),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Veille"}, "text": text}}

    def _check(self, chat_id: int, text: str, params: dict) -> tuple[int, dict] | None:
        def bad(description: str) -> tuple[int, dict]:
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {description}"}

        if chat_id in self.blocked:
            return 403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
        if params.get("parse_mode") == "HTML":
            try:
                visible = parse_html(text)
            except EntityError as err:
                return bad(f"can't parse entities: {err}")
        else:
            visible = text
        if not visible.strip():
            return bad("message text is empty")
        if utf16_len(visible) > MAX_TEXT:
            return bad("message is too long")
        if "reply_markup" in params:
            markup = params["reply_markup"]
            markup = json.loads(markup) if isinstance(markup, str) else markup
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if len(button.get("callback_data", "").encode()) > 64:
                        return bad("BUTTON_DATA_INVALID")
        return self._rate_limited(chat_id)

    def _rate_limited(self, chat_id: int) -> tuple[int, dict] | None:
        limits = self._limits
        if limits is None:
            return None
        now = time.monotonic()
        with self._lock:
            recent = [c for c in self.calls if c.method == "sendMessage" and c.status == 200
                      and c.at > now - limits.window]
        if len(recent) >= limits.overall or sum(1 for c in recent if c.chat_id == chat_id) >= limits.per_chat:
            return 429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                         "parameters": {"retry_after": 1}}
        return None


def _read_params(request: BaseHTTPRequestHandler) -> dict:
    length = int(request.headers.get("Content-Length") or 0)
    raw = request.rfile.read(length) if length else b""
    kind = request.headers.get("Content-Type", "")
    if kind.startswith("application/json"):
        return json.loads(raw or b"{}")
    if kind.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {kind}\r\n\r\n".encode() + raw)
        return {part.get_param("name", header="content-disposition"): part.get_content()
                for part in message.iter_parts()}
    return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
