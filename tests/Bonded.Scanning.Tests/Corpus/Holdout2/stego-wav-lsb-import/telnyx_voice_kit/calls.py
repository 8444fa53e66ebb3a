import telnyx


def dial(to, from_, connection_id):
    return telnyx.Call.create(to=to, from_=from_, connection_id=connection_id)


def hangup(call):
    call.hangup()
