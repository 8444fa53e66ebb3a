from .build import xcodebuild
from .agent import ensure_agent

ensure_agent()
