// Submits the page's form at once: used for auto-posting LTI messages (id_token, deep-linking
// responses) without inline script, which the Content Security Policy forbids.
const form = document.querySelector('form[data-autosubmit]');
if (form) form.submit();
