// Starts Swagger UI on the page's OpenAPI document (kept out of the HTML for the CSP).
(function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: root.dataset.specUrl, dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
})();
