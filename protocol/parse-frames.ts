import { agentFrameSchema, type AgentFrame } from './agent-frames';
import { parseFrame, type ParseResult } from './parse-frame';
import { visitorFrameSchema, type VisitorFrame } from './visitor-frames';

const visitorTypes = visitorFrameSchema.options.map((o) => o.shape.type.value);
const agentTypes = agentFrameSchema.options.map((o) => o.shape.type.value);

/** Validates a raw frame from a visitor's widget. */
export function parseVisitorFrame(raw: string): ParseResult<VisitorFrame> {
  return parseFrame(visitorFrameSchema, raw, visitorTypes);
}

/** Validates a raw frame from an agent console. */
export function parseAgentFrame(raw: string): ParseResult<AgentFrame> {
  return parseFrame(agentFrameSchema, raw, agentTypes);
}
