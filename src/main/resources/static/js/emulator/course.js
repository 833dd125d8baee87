// The emulated LMS course page: it keeps LTI Platform Storage for the tool in its iframe (LTI
// Client Side postMessages: lti.capabilities, lti.put_data, lti.get_data), answering only the
// tool's origin, and offers designers the deep-linking "add content" flow.

const frame = document.querySelector('iframe[name="tool"]');
const toolOrigin = frame.dataset.toolOrigin;
const store = new Map();

window.addEventListener('message', (event) => {
  if (event.origin !== toolOrigin) return;
  const data = event.data || {};
  const reply = (payload) => event.source.postMessage({ ...payload, message_id: data.message_id }, event.origin);
  switch (data.subject) {
    case 'lti.capabilities':
      reply({ subject: 'lti.capabilities.response', supported_messages: [
        { subject: 'lti.capabilities' }, { subject: 'lti.put_data' }, { subject: 'lti.get_data' }] });
      break;
    case 'lti.put_data':
      store.set(data.key, data.value);
      reply({ subject: 'lti.put_data.response', key: data.key, value: data.value });
      break;
    case 'lti.get_data':
      if (store.has(data.key)) reply({ subject: 'lti.get_data.response', key: data.key, value: store.get(data.key) });
      else reply({ subject: 'lti.get_data.response', key: data.key, error: { code: 'unsupported_key' } });
      break;
    default:
      break;
  }
});

const deepLink = document.getElementById('deep-link');
if (deepLink && deepLink.dataset.src) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Add content from Thirdspace';
  button.addEventListener('click', () => { frame.src = deepLink.dataset.src; });
  deepLink.append(button);
}
