// LTI Dynamic Registration 1.0 §3.7: when the registration is done, the tool asks the platform to
// close the dialog it opened; the platform's own frame listens for this message. It carries no data,
// so any target origin will do, as the specification shows.
const close = () => (window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');

document.querySelector('[data-lti-close]')?.addEventListener('click', close);
if (window.opener || window.parent !== window) {
  close();
}
