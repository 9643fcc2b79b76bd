// Copy buttons of the workshop pages: each names the read-only field it copies (data-copy-from) and says "copied"
// in the status next to it. Hidden until this script runs, since without it only the field can be selected.
document.querySelectorAll('[data-copy-from]').forEach((button) => {
  const field = document.getElementById(button.dataset.copyFrom);
  const status = document.querySelector('[data-copy-status="' + button.dataset.copyFrom + '"]');
  if (!field) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const said = () => { if (status) status.textContent = button.dataset.copied; };
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(said, () => { if (document.execCommand('copy')) said(); });
    } else if (document.execCommand('copy')) {
      said();
    }
  });
});
