// jsdom implements the DOM but not the parts of the web platform that Node already provides:
// react-router encodes with TextEncoder on import and builds a Request (with an AbortSignal, which a
// Request only accepts from its own realm) on every navigation, and the API client's tests need
// Response. So these come from Node together, as the jest-fixed-jsdom package does.
const { TestEnvironment } = require('jest-environment-jsdom');

const fromNode = ['fetch', 'Request', 'Response', 'Headers', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder'];

class WebTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of fromNode) this.global[name] = globalThis[name];
  }
}

module.exports = WebTestEnvironment;
