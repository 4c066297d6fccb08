// Yangguang's settings of this Camunda webapp; they replace the webapp's own config.js.
// The application's CSRF cookie XSRF-TOKEN (path /) reaches these pages too, so Camunda's CSRF
// filter writes its token under another name (camunda.bpm.webapp.csrf.cookie-name in
// application.yml), and the webapp must read and echo that cookie, not the application's.
export default {
  csrfCookieName: 'CAMUNDA-XSRF-TOKEN'
};
