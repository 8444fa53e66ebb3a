from fastapi import APIRouter


def get_oauth_router(oauth_client, backend, get_user_manager, state_secret, redirect_url=None):
    router = APIRouter()

    @router.get("/authorize")
    async def authorize(scopes: str = ""):
        url = await oauth_client.get_authorization_url(redirect_url, None, scopes.split() or None)
        return {"authorization_url": url}

    return router
