// The emulated LMS course page: it keeps LTI Platform Storage for the tool in its iframe (LTI
// Client Side postMessages: lti.capabilities, lti.put_data, lti.get_data), sizes the iframe to
// the tool's content when the tool asks (lti.frameResize, as Canvas and others do) and scrolls it
// into view on lti.scrollToTop, answering only the tool's origin, and offers designers the
// deep-linking "add content" flow. At phone width the course menu folds into a button.

const frame = document.querySelector('iframe[name="tool"]');
const toolOrigin = frame.dataset.toolOrigin;
const store = new Map();

// Some tools send the message as a JSON string, others as an object.
function messageOf(data) {
  if (typeof data === 'string') {
    try { return JSON.parse(data); } catch (e) { return {}; }
  }
  return data || {};
}

window.addEventListener('message', (event) => {
  if (event.origin !== toolOrigin || event.source !== frame.contentWindow) return;
  const data = messageOf(event.data);
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
    case 'lti.frameResize': {
      const height = Number(data.height);
      if (Number.isFinite(height) && height > 0) {
        frame.style.height = `${Math.min(Math.max(Math.ceil(height), 320), 20000)}px`;
        frame.dataset.resized = String(Math.ceil(height));
      }
      break;
    }
    case 'lti.scrollToTop':
      if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
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

// The course menu: open beside the tool on wide screens, folded above it on narrow ones.
const toggle = document.querySelector('.emu-nav-toggle');
const menu = document.getElementById('emu-nav-body');
if (toggle && menu) {
  const narrow = window.matchMedia('(max-width: 48rem)');
  const show = (open) => { menu.hidden = !open; toggle.setAttribute('aria-expanded', String(open)); };
  toggle.addEventListener('click', () => show(menu.hidden));
  const fit = () => show(!narrow.matches);
  narrow.addEventListener('change', fit);
  fit();
}
