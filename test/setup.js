// The virtualizer's ResizeObserver raises this benign browser error; it is the only error filtered.
const BENIGN = 'ResizeObserver loop completed with undelivered notifications.';
window.addEventListener(
  'error',
  (event) => {
    if (event.message === BENIGN) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  },
  true,
);
