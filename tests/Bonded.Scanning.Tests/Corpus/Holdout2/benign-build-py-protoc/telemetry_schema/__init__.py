"""Telemetry schemas; generated *_pb2 modules live next to the .proto files."""
