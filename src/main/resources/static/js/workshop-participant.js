// The participant's page: the editor turns every submit of its form into a live analysis; the "submit to the
// workshop" button must post the form for real, so it says so just before the submit event (see editor.js).
document.querySelectorAll('[data-workshop-submit]').forEach((button) => {
  button.addEventListener('click', () => {
    const form = document.getElementById(button.getAttribute('form'));
    if (form) form.dataset.liveSubmit = 'false';
  });
});
