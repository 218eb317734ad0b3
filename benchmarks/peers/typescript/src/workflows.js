// The benchmark scenario on Temporal's TypeScript integration of the OpenAI Agents SDK: one
// agent, one tool (an activity, through activityAsTool); the fake model asks for the tool N
// times, then answers. The prompt carries N ("turns=N") so the fake server knows when to stop.
const { Agent } = require('@openai/agents-core');
const { TemporalOpenAIRunner, activityAsTool } = require('@temporalio/openai-agents/workflow');

const lookup = activityAsTool(
  {
    name: 'lookup',
    description: 'Looks up a value',
    parameters: {
      type: 'object',
      properties: { n: { type: 'integer', description: 'which value' } },
      required: ['n'],
      additionalProperties: false,
    },
  },
  { startToCloseTimeout: '1 minute' },
);

async function PeerAgentWorkflow(prompt) {
  const turns = Number(/turns=(\d+)/.exec(prompt)[1]);
  const agent = new Agent({
    name: 'bench',
    instructions: 'Look up values until you have enough, then answer.',
    model: 'gpt-4o-mini',
    tools: [lookup],
  });
  // Started from the Java harness, without the client plugin's header: the defaults apply.
  const runner = new TemporalOpenAIRunner({ defaultModelParams: { startToCloseTimeout: '1 minute' } });
  const result = await runner.run(agent, prompt, { maxTurns: turns + 1 });
  return String(result.finalOutput);
}

module.exports = { PeerAgentWorkflow };
