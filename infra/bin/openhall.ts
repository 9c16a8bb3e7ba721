import { App } from 'aws-cdk-lib';
import { OpenHallStack } from '../lib/openhall-stack.js';
import { stageFromContext } from '../lib/stage.js';

// Env-agnostic on purpose: `cdk synth` runs offline, with no account, credentials or lookups.
// `cdk deploy` takes account and region from the caller's profile.
const app = new App();
const stage = stageFromContext(app);
new OpenHallStack(app, `OpenHall-${stage}`, {
  stage,
  description: `OpenHall (不打烊) ${stage}: HTTP API, tenant configuration table and staff user pool`,
});
app.synth();
