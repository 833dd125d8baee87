import { storageFrame, send } from './platform-storage.js';

const page = document.getElementById('platform-storage');
const { target, origin, stateKey, stateValue, nonceKey, nonceValue, redirect } = page.dataset;

async function putAll() {
  const frame = storageFrame(target);
  if (!frame) return;
  await send(frame, origin, { subject: 'lti.capabilities' }, 1000);
  await send(frame, origin, { subject: 'lti.put_data', key: stateKey, value: stateValue });
  await send(frame, origin, { subject: 'lti.put_data', key: nonceKey, value: nonceValue });
}

// Whatever the platform answers, go on: the cookie set with this page may still work.
putAll().finally(() => window.location.replace(redirect));
