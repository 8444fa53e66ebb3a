from ._agent import Agent

_agent = Agent()
