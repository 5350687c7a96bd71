"""Who may do what: the reviewer behind each decision, and in team mode the desk's allow-list.

Locally there is no sign-in: one person on their own machine, named in the sidebar, may do
everything. In team mode the name and email come from the OpenID Connect sign-in, and a roles
file (TOML) maps emails to roles; anyone not on it is refused:

    [roles]
    "ana@desk.example" = "editor"      # decides, undoes anyone's decisions, exports, deletes
    "bo@desk.example" = "reviewer"     # decides and undoes their own decisions
    "@desk.example" = "reviewer"       # anyone signed in with an address at this domain

>>> roles = Roles.parse('[roles]\\n"Ana@Desk.example" = "editor"\\n"@desk.example" = "reviewer"')
>>> signed_in({"email": "ana@desk.example", "name": "Ana Lima"}, roles)
Reviewer(name='Ana Lima', email='ana@desk.example', role='editor')
>>> signed_in({"email": "bo@desk.example"}, roles).may("export")
False
>>> print(signed_in({"email": "eve@elsewhere.example"}, roles))
eve@elsewhere.example is not on this desk's list of reviewers
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("reviewer", "editor")
LOCAL = "local"  # no sign-in: the one person at this machine
# action -> the roles allowed it ("local" may do everything)
PERMISSIONS: dict[str, frozenset[str]] = {
    "read": frozenset(ROLES),
    "add": frozenset(ROLES),  # add new articles (upload, paste)
    "decide": frozenset(ROLES),  # verdicts, corrections, "not a claim", moves
    "undo_own": frozenset(ROLES),
    "undo_any": frozenset({"editor"}),
    "replace": frozenset({"editor"}),  # overwrite a stored article
    "export": frozenset({"editor"}),
    "delete": frozenset({"editor"}),
}


class RolesError(ValueError):
    """The roles file cannot be used; the message names it and says why in one line."""


@dataclass(frozen=True)
class Reviewer:
    """The person behind a decision: their name, their signed-in email (None locally), their role."""

    name: str
    email: str | None = None
    role: str = LOCAL

    def may(self, action: str) -> bool:
        return self.role == LOCAL or self.role in PERMISSIONS[action]

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass(frozen=True)
class Roles:
    """The allow-list: exact addresses, then whole domains ("@desk.example"), case-insensitive."""

    emails: dict[str, str] = field(default_factory=dict)
    domains: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str, source: str = "roles file") -> Roles:
        try:
            table = tomllib.loads(text).get("roles")
        except tomllib.TOMLDecodeError as exc:
            raise RolesError(f"{source}: not TOML ({exc})") from None
        if not isinstance(table, dict) or not table:
            raise RolesError(
                f'{source}: no [roles] table mapping emails to roles ("ana@desk.example" = "editor")'
            )
        emails, domains = {}, {}
        for who, role in table.items():
            if role not in ROLES:
                raise RolesError(f"{source}: {who} has role {role!r}; roles are {', '.join(ROLES)}")
            key = who.strip().lower()
            if key.startswith("@") and "." in key:
                domains[key] = role
            elif "@" in key.strip("@"):
                emails[key] = role
            else:
                raise RolesError(f"{source}: {who!r} is neither an email nor a domain such as @desk.example")
        return cls(emails, domains)

    @classmethod
    def load(cls, path: Path) -> Roles:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise RolesError(f"cannot read the roles file {path}: {exc.strerror or exc}") from None
        return cls.parse(text, str(path))

    def role_of(self, email: str) -> str | None:
        email = email.strip().lower()
        return self.emails.get(email) or self.domains.get("@" + email.rpartition("@")[2])

    def __len__(self) -> int:
        return len(self.emails) + len(self.domains)


def signed_in(user: Mapping[str, object], roles: Roles) -> Reviewer | str:
    """The reviewer a sign-in's claims (name, email, email_verified) make, or why they are refused."""
    email = str(user.get("email") or "").strip()
    if not email:
        return "the sign-in gave no email address (ask for the 'email' scope)"
    if user.get("email_verified") is False:
        return f"{email} is not verified by the sign-in provider"
    role = roles.role_of(email)
    if role is None:
        return f"{email} is not on this desk's list of reviewers"
    name = str(user.get("name") or "").strip() or email
    return Reviewer(name[:100], email.lower(), role)
