using LocalIndex;

return await LocalIndexProgram.RunAsync(args).ConfigureAwait(false);
