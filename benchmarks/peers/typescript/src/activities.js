// The tool: returns PEER_KB kilobytes (default 1), like the Java agent's.
const KB = Number(process.env.PEER_KB || '1');

async function lookup(args) {
  return 'b'.repeat(KB * 1000);
}

module.exports = { lookup };
