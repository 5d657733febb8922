// Behaviour shared by every console page. The pages work without it; it only makes them nicer.
(function () {
  'use strict';

  // The language links are rendered with the page's address at load time; after htmx changed the filters
  // (and the address bar), switch language on the address the user sees now.
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-lang]') : null;
    if (!link) {
      return;
    }
    var url = new URL(window.location.href);
    url.searchParams.set('lang', link.getAttribute('data-lang'));
    link.setAttribute('href', url.pathname + url.search);
  });

  // A form field named in an error gets the focus, so keyboard and screen-reader users land on it.
  document.addEventListener('DOMContentLoaded', function () {
    var invalid = document.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  });
})();
