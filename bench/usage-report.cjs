// Preloaded into a measured process: writes its peak memory and CPU time (all threads) when it exits.
const fs = require('node:fs');
process.on('exit', () => {
  const file = process.env.DISCLOSE_BENCH_USAGE;
  if (file)
    fs.writeFileSync(
      file,
      JSON.stringify({
        maxRSSKB: process.resourceUsage().maxRSS,
        cpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
      }),
    );
});
