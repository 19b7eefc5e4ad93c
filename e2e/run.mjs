// End-to-end runner placeholder: the Playwright harness lands with the desktop-app issue.
console.log('e2e: no end-to-end specs yet (the desktop shell has not landed)');
