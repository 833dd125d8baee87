// The emulated LMS's registration dialog: it listens for the tool's request to close the dialog
// (LTI Dynamic Registration 1.0 §3.7, {subject: 'org.imsglobal.lti.close'}), from the tool's frame
// and origin only, as a platform does, then hides the frame and says what happened.

const frame = document.querySelector('iframe[name="registration"]');
const closed = document.getElementById('registration-closed');

window.addEventListener('message', (event) => {
  if (event.origin !== frame.dataset.toolOrigin || event.source !== frame.contentWindow) return;
  const data = typeof event.data === 'string' ? (() => { try { return JSON.parse(event.data); } catch (e) { return {}; } })() : event.data;
  if (data && data.subject === 'org.imsglobal.lti.close') {
    frame.hidden = true;
    closed.hidden = false;
  }
});
