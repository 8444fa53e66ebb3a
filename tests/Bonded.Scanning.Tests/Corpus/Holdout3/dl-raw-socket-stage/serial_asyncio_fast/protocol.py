import asyncio


class SerialTransport(asyncio.Transport):
    def __init__(self, loop, protocol, serial_instance):
        super().__init__()
        self._loop = loop
        self._protocol = protocol
        self.serial = serial_instance

    def write(self, data):
        self.serial.write(data)


async def open_serial_connection(url, baudrate=9600):
    import serial

    ser = serial.serial_for_url(url, baudrate=baudrate)
    return SerialTransport(asyncio.get_running_loop(), None, ser)
