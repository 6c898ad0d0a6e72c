async def fetch(session, url):
    async with session.get(url) as resp:
        return await resp.text()


async def collect(aiter):
    out = []
    async for item in aiter:
        out.append(item)
    return out


async def agen():
    yield 1
    await fetch(None, "x")
