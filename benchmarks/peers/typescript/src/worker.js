// A worker for the TypeScript peer: node src/worker.js <temporal host:port> <task queue>.
// The model activity calls the Responses API at OPENAI_BASE_URL (the fake server).
const { OpenAIProvider } = require('@openai/agents-openai');
const { setTracingDisabled } = require('@openai/agents-core');
const { OpenAIAgentsPlugin } = require('@temporalio/openai-agents');
const { NativeConnection, Worker } = require('@temporalio/worker');
const activities = require('./activities');

async function main([address, taskQueue]) {
  setTracingDisabled(true); // no trace export to api.openai.com
  const connection = await NativeConnection.connect({ address });
  const plugin = new OpenAIAgentsPlugin({
    modelProvider: new OpenAIProvider({ baseURL: process.env.OPENAI_BASE_URL, apiKey: 'bench' }),
    modelParams: { startToCloseTimeout: '1 minute' },
  });
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowsPath: require.resolve('./workflows'),
    activities,
    plugins: [plugin],
  });
  console.log('worker ready');
  await worker.run();
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exit(1);
});
