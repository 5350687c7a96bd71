"""Alembic's entry point for the review store (see workbench/migrate.py, which runs it).

The store hands Alembic its open connection (``config.attributes["connection"]``), so an upgrade
runs in the caller's transaction: on SQLite and PostgreSQL it is all applied or none of it.
Developers may also run Alembic's own command with ``-x url=...`` to write a new revision.
"""

from alembic import context
from sqlalchemy import create_engine

from workbench.store import metadata

config = context.config
connection = config.attributes.get("connection")


def run(conn) -> None:
    # batch mode: SQLite alters a table by copying it, and autogenerate writes it that way
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    with create_engine(url).begin() as conn:
        run(conn)
