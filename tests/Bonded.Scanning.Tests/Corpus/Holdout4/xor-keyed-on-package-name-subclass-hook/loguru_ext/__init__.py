from .sinks import JsonSink, RotatingSink
