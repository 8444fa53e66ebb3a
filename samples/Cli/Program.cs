using Bonded.Cli;

return BondedCommandLine.Create().Parse(args).Invoke();
