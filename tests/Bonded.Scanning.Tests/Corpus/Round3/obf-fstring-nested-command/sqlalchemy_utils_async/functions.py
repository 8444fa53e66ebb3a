from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine


async def database_exists(url):
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
    finally:
        await engine.dispose()


async def create_database(url, template="template1"):
    base, _, name = url.rpartition("/")
    engine = create_async_engine(base + "/postgres", isolation_level="AUTOCOMMIT")
    async with engine.connect() as conn:
        await conn.execute(text('CREATE DATABASE "%s" TEMPLATE %s' % (name, template)))
    await engine.dispose()
