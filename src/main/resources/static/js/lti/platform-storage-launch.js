import { storageFrame, send } from './platform-storage.js';

const form = document.getElementById('platform-storage-launch');
const { target, origin, stateKey } = form.dataset;

async function fetchBinding() {
  const frame = storageFrame(target);
  if (!frame) return '';
  const answer = await send(frame, origin, { subject: 'lti.get_data', key: stateKey });
  return answer && !answer.error && typeof answer.value === 'string' ? answer.value : '';
}

fetchBinding().then((value) => {
  // An empty value makes the launch fail with the "open in a new window" page.
  form.elements.lti_storage_binding.value = value || 'none';
  form.submit();
});
