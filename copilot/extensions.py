"""Flask extensions, created unbound here and bound to the app in ``create_app``."""

from __future__ import annotations

from flask_bcrypt import Bcrypt
from flask_jwt_extended import JWTManager
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_migrate import Migrate
from flask_smorest import Api
from flask_sock import Sock
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


class JsonErrorApi(Api):
    """flask-smorest Api whose errors use the service's one JSON error shape (see errors.py)."""

    def _register_error_handlers(self) -> None:
        # copilot.errors registers the handlers for every exception type, this one included.
        pass


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
jwt = JWTManager()
bcrypt = Bcrypt()
sock = Sock()
api = JsonErrorApi()
limiter = Limiter(key_func=get_remote_address, default_limits=[])
