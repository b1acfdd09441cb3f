/**
 * Docusaurus's page template with one change: the scripts are requested after the page's first
 * paint instead of from <head>. Every page is complete HTML, so a reader sees the lesson as soon as
 * the HTML and the stylesheet arrive; on a slow phone connection main.js (about 134 KB compressed)
 * no longer shares the bandwidth with them. The cost is that the page becomes interactive (buttons,
 * search) a little later: the script download starts after the first paint rather than during it.
 * Measured with `npm run perf`: see the README.
 *
 * The scripts keep their order (`async = false`), as `defer` guaranteed.
 */
export const SSR_TEMPLATE = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>
      (function (scripts) {
        function load() {
          scripts.forEach(function (src) {
            var script = document.createElement('script');
            script.src = src;
            script.async = false;
            document.head.appendChild(script);
          });
        }
        requestAnimationFrame(function () { setTimeout(load, 0); });
      })([<% it.scripts.forEach((script) => { %>"<%= it.baseUrl %><%= script %>",<% }); %>]);
    </script>
  </body>
</html>
`;
