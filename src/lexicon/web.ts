import { topic, type LexiconEntry } from './types.js'

/** Web, APIs, user interfaces and applications. */
export const WEB_TOPICS: readonly LexiconEntry[] = [
  topic('api', {
    aliases: 'apis, rest-api, restful, web-api',
    generic: true,
    strong:
      'rest api, restful api, web api, web apis, api server, api framework, openapi, swagger, json api, api gateway, build apis, rest apis, rest framework, api toolkit, openapi spec',
    clear: 'api, apis, endpoints, endpoint, restful, http api, grpc, serializers, api documentation, api first',
    hint: 'requests, responses, routes, json, rest',
    weak: ''
  }),
  topic('backend', {
    aliases: 'back-end, server-side, backend-as-a-service, baas',
    generic: true,
    strong:
      'backend, back end, backend as a service, baas, backend framework, web backend, backend server, backend services, firebase alternative, server side framework',
    clear: 'web framework, rest api, admin dashboard, microservices, supabase, realtime database, server side',
    hint: 'api, routes, middleware, database, authentication, server, orm',
    weak: ''
  }),
  // A framework for web applications on the server: what the many "Web Frameworks" headings of one
  // language's lists hold. The generic framework entry keeps "web framework" too, for a list's "framework".
  topic('web-framework', {
    aliases: 'web-frameworks, web-application-framework, web-application-frameworks, http-framework, web-app-framework',
    strong:
      'web framework, web application framework, web app framework, http framework, http server framework, http web framework, micro web framework, full stack web framework, mvc web framework, server side web framework, rest framework, restful framework, backend framework, api framework',
    clear:
      'http router, request routing, url routing, route handlers, request handlers, build web applications, build web apps, restful apis, rest apis, mvc, model view controller, server side rendering',
    hint: 'routes, routing, router, handlers, controllers, middleware, templates, template engine, sessions, cookies, requests, responses, web applications, web apps',
    weak: ''
  }),
  // A front-end framework is also where tools work (an ESLint plugin, test helpers or a socket client for Vue):
  // a platform, so a tag of what such a tool does comes first. Dev precision 0.960 → 0.966; held-out seed-list
  // sets +2 hits@1 (one hit@3 more in two folds), three of them one or two wrong tags more.
  topic('frontend', {
    platform: true,
    aliases: 'front-end, frontend-framework, client-side, web-frontend',
    strong:
      'frontend, front end, frontend framework, ui framework, single page application, spa, client side, javascript framework, reactive ui, user interfaces for the web, mvvm, javascript mvc, mvc framework, two way data binding',
    clear:
      'dom, virtual dom, vue, angular, svelte, sveltekit, preact, ember js, alpine js, qwik, webpage, web page, solid js, data binding, model view controller, model view viewmodel, declarative templates',
    hint: 'ui, render, rendering, state management, browser, browsers, html, css, reactive, components, component, web applications',
    weak: 'javascript, typescript'
  }),
  // Both ends of a web application in one project or one stack: client, server and what joins them.
  topic('full-stack', {
    aliases: 'fullstack, full-stack-development, full-stack-framework',
    strong:
      'full stack, fullstack, full stack framework, full stack web framework, full stack application, frontend and backend, front end and back end, client and server in one, end to end type safety',
    clear: 'server side rendering, ssr, api routes, server components'
  }),
  // The same for React (an HTTP client or test helpers for React apps): held-out seed-list sets precision
  // 0.743 → 0.754 and 0.824 → 0.826, nothing else moved.
  topic('react', {
    platform: true,
    aliases: 'reactjs, react-js',
    strong:
      'react, reactjs, react js, react components, react component, react hooks, jsx, next js, nextjs, for react, react library, preact',
    clear: 'usestate, useeffect, component library, react router, redux',
    hint: 'react native, components, props, hooks',
    weak: ''
  }),
  topic('graphql', {
    aliases: 'gql',
    strong: 'graphql, graphql server, graphql client, graphql api, graphql schema, graphiql, graphql playground',
    clear: 'resolvers, queries and mutations, mutations, subscriptions, sdl, introspection, relay, apollo',
    hint: 'query, queries, schema',
    weak: ''
  }),
  topic('http', {
    platform: true,
    aliases: 'http-server, http-router, router, web',
    strong:
      'http router, url router, request router, http server, http 2, http 3, http requests, http middleware, http handlers, http server library',
    clear: 'router, routing, middleware, handlers, status codes, quic, net http, mux, https, http',
    hint: 'web, server, requests, request, response, url, urls, routes, headers, cookies, tls',
    weak: ''
  }),
  topic('http-client', {
    aliases: 'http-clients, rest-client',
    strong: 'http client, http library, http requests, rest client, http request, fetch api, api client, libcurl',
    clear:
      'get request, post request, connection pooling, multipart, response body, axios, xmlhttprequest, xhr, making requests, make requests',
    hint: 'client, http, urls, headers, json, fetch, session, sessions, requests, cookies, retries, timeouts, proxies',
    weak: ''
  }),
  topic('web-app', {
    aliases: 'webapp, web-application, web-apps, self-hosted, web-ui',
    generic: true,
    strong:
      'web app, web application, web based, web interface, web ui, in your browser, browser based, self hosted, selfhosted, web dashboard, progressive web app, pwa',
    clear: 'docker compose, admin panel, single page application',
    hint: 'users, deploy, host, browser, web, dashboard, login',
    weak: ''
  }),
  topic('web-server', {
    aliases: 'webserver, web-servers, http-server, reverse-proxy, wsgi',
    strong:
      'web server, webserver, http server, wsgi server, wsgi, asgi, reverse proxy, static file server, load balancer, application server, https server',
    clear:
      'virtual hosts, workers, nginx, uvicorn, serve static files, serves static files, directory listing, directory listings',
    hint: 'http, requests, server, ports, proxy, tls, certificates, serve, serving',
    weak: ''
  }),
  topic('server', {
    aliases: 'servers, daemon, server-software',
    generic: true,
    strong: 'server, servers, ftp server, game server, server software, server implementation, self hosted server',
    clear: 'server side, daemon',
    hint: 'deploy, service, host, hosting, listens, clients, port',
    weak: ''
  }),
  topic('real-time', {
    aliases: 'realtime, websocket, websockets',
    strong:
      'real time, realtime, websocket, websockets, real time messaging, live updates, pub sub, pubsub, server sent events, sse, socket io, sockjs, push notifications, live data, streaming updates',
    clear: 'low latency, push updates, pushes updates, connected clients',
    hint: 'events, streaming, instant, live, push, subscriptions, broadcast, channels, presence',
    weak: ''
  }),
  topic('authentication', {
    aliases:
      'auth, authn, authorization, identity, sso, login, oauth, oauth2, ldap, saml, openid-connect, oidc, two-factor-authentication, sessions, passwords, password-hashing',
    strong:
      'identity management, single sign on, json web token, jwt, jwts, multi factor authentication, mfa, 2fa, passwordless, webauthn, passkeys, identity provider, user management, identity and access management, keycloak, two factor, auth server, authentication server, ldap server, ldap directory, directory server, directory service, radius server, kerberos, authentication library, authentication service, authentication and authorization, oauth server, oauth2 server, oauth provider, openid provider, jwt library, auth library, authentication solution, authentication framework',
    clear:
      'auth, sign in, sign up form, sign up page, sign up flow, user sign up, signup form, signup page, signup flow, user signup, signin, session management, access control, rbac, account recovery, registration, ldap, totp, identity, login, authentication, authorization, oauth, oauth2, oidc, openid connect, saml, sso',
    hint: 'users, user, permissions, signing, claims, password, passwords, tokens, credentials',
    weak: ''
  }),
  topic('ui', {
    aliases: 'ui-components, ui-library, component-library, user-interface, ui-kit, design-system',
    strong:
      'ui components, ui library, component library, ui kit, design system, user interface, material design, widgets, ui framework, ui toolkit, ui widgets, loading spinners, loading indicator, loading indicators, progress bar, progress bars, range slider, range sliders, lightbox, date picker, date pickers, datepicker, datepickers, time picker, modal dialog, modal dialogs, modal window, modal windows, carousel, carousels',
    clear:
      'modal, modals, dropdown, tooltip, input control, input controls, form controls, theming, accessible components, icon set, slider, sliders, toast notifications, popup, popups, grid system, grid view, list view, tab bar, bottom sheet',
    hint: 'ui, design, responsive, css, layout, icons, components, themes, styled, buttons, spinner, spinners, dialogs, jquery plugin',
    weak: ''
  }),
  topic('ux', {
    aliases: 'user-experience, onboarding, ux-design',
    strong:
      'user experience, ux, onboarding, product tour, guided tour, user onboarding, feature introduction, highlight elements, walkthrough',
    clear: 'user flow, engagement, popover, step by step, tooltips',
    hint: 'users, design, usability, overlay, accessibility, a11y',
    weak: ''
  }),
  topic('declarative-gui', {
    aliases: 'declarative-ui, swiftui, jetpack-compose',
    strong:
      'swiftui, jetpack compose, declarative ui, declarative gui, declarative user interface, elm architecture, flutter widgets, compose multiplatform',
    // Not "swift": most Swift code is no SwiftUI.
    clear: 'declarative, ios 13, reactive ui, state driven, view model, flutter',
    hint: 'views, state, compose, combine',
    weak: ''
  }),
  topic('gui', {
    aliases: 'guis, gui-toolkit, gui-library, desktop-ui, graphical-user-interface',
    strong:
      'gui, guis, graphical user interface, gui toolkit, gui library, gui framework, cross platform gui, native gui, widget toolkit, gtk, qt, tkinter, imgui, immediate mode gui, wxwidgets, native widgets, javafx, java swing, winforms, windows forms, wpf, avalonia, fltk',
    clear: 'widgets, native look, buttons, material design, ui toolkit, cocoa, appkit',
    hint: 'ui, interface, graphical, cross platform, windows, window, desktop, tk, layout',
    weak: ''
  }),
  topic('browser-extension', {
    aliases:
      'browser-extensions, web-extension, web-extensions, webextension, chrome-extension, chrome-extensions, firefox-extension, firefox-addon, firefox-addons, firefox-add-on, firefox-add-ons, browser-addon, browser-addons, browser-add-on, browser-add-ons',
    strong:
      'browser extension, chrome extension, firefox extension, firefox add on, firefox addon, web extension, webextension, edge extension, safari extension, userscript, user script, chrome web store, browser add on, browser addon',
    clear:
      'content script, content scripts, manifest v3, manifest v2, tampermonkey, greasemonkey, violentmonkey, extension popup, browser action, firefox add ons',
    hint: 'chrome, firefox, edge, safari, browser, browsers, extension, extensions, add on, addon, toolbar',
    weak: ''
  }),
  // The browsers themselves, not what runs in them: "browser" alone is context ("runs in the browser"), so it
  // is no alias either, nor a word examples would read as this concept.
  topic('web-browser', {
    aliases: 'web-browsers, browser-engine',
    strong:
      'web browser, web browsers, browser engine, browser engines, rendering engine, chromium based, firefox fork, privacy browser, privacy focused browser, keyboard driven browser, minimal browser, text mode browser, text based browser, terminal browser',
    clear: 'webkit, gecko, blink engine, tabs and bookmarks, browsing history, address bar, user agent',
    hint: 'browsing, tabs, bookmarks, chromium'
  }),
  topic('desktop-app', {
    aliases: 'desktop, desktop-application, desktop-apps, electron, tauri',
    strong:
      'desktop app, desktop application, desktop client, electron app, tauri app, for windows macos and linux, macos app, windows app, linux app, desktop applications, mac app, mac app store, menu bar app, menubar app',
    clear:
      'desktop, electron, tauri, dmg, appimage, flatpak, system tray, native app, cross platform app, windows macos and linux, menu bar, menubar, homebrew cask',
    hint: 'download, releases, windows, macos, linux, cross platform, installer, snap, tray',
    weak: 'app'
  }),
  topic('mobile-app', {
    aliases: 'mobile, ios, android, mobile-apps, ios-app, android-app',
    strong:
      'mobile app, mobile application, ios app, android app, app for ios, apps for ios, app for android, apps for android, application for android, iphone, ipad, ios and android, google play, play store, testflight, react native app, flutter app',
    // Mac apps are built with Xcode and SwiftUI and sold on an App Store too; Flutter and React Native are
    // what a game, a widget or a plugin is built with, as a language is.
    clear: 'mobile, apk, watchos, app store, swiftui, react native, flutter',
    hint: 'touch, smartphone, tablet, phone, kotlin, swift, xcode, ios, android',
    weak: 'app'
  }),
  topic('bundler', {
    aliases: 'bundlers, module-bundler, build-tool',
    strong:
      'bundler, module bundler, bundling, code splitting, tree shaking, es modules bundler, esm bundler, packs modules, turbopack',
    clear:
      'es modules, commonjs, amd, hot module replacement, hmr, minification, minify, dependency graph, entry points, vite, asset pipeline, bundle size, esbuild, parcel',
    // App bundles, OSGi bundles, "bundles X with Y": the word alone names no bundler.
    hint: 'bundle, bundles, modules, build, plugins, output, dev server, assets, chunks, loaders',
    weak: ''
  }),
  topic('webassembly', {
    aliases: 'wasm, web-assembly',
    strong: 'webassembly, wasm, wasi, emscripten, wasm module, wasm runtime, wasm bindgen',
    clear: 'in the browser, runs in browser, browser and node js, wat',
    hint: 'toolchain',
    weak: ''
  }),
  topic('cms', {
    aliases: 'content-management-system, content-management, headless-cms',
    strong:
      'cms, content management system, content management, headless cms, page builder, static site generator, wordpress, wiki engine, wiki software',
    // "See the wiki": most wikis a README names are its own documentation.
    clear: 'content editors, editorial, admin interface, wysiwyg, site builder, content api',
    hint: 'wiki, blog, website, websites, posts, editors, media library, content, static site, pages, publishing, templates, themes',
    weak: ''
  }),
  topic('blog', {
    aliases: 'blogging, blog-engine, blogs',
    strong:
      'blog, blogging, blog engine, blogging platform, blog posts, weblog, static blog, blog platform, wordpress alternative',
    clear: 'permalinks, writers, markdown posts, publishing platform, social publishing',
    // A blog publishes feeds, and a feed reader reads them: feeds alone say neither.
    hint: 'themes, website, pages, feed, posts, comments, articles, publishing, rss, rss feed, atom feed',
    weak: ''
  }),
  topic('ecommerce', {
    aliases: 'e-commerce, shop, shopping, store, commerce, online-store',
    strong:
      'ecommerce, e commerce, online store, online shop, shopping cart, storefront, headless commerce, commerce platform, commerce engine, composable commerce, digital commerce, webshop, marketplace platform, product catalog, order management, point of sale, point of sale system, pos system, woocommerce, magento, shopify alternative',
    clear: 'checkout, cart, shopify',
    hint: 'store, shop, sell, pricing, products, orders, customers, payments, inventory, catalog, merchants, shipping, promotions',
    weak: ''
  }),
  topic('crm', {
    aliases: 'customer-relationship-management',
    strong:
      'crm, customer relationship management, contacts management, customer management, sales pipeline, relationship management',
    clear: '',
    hint: 'activities, calls, meetings, notes, helpdesk, contacts, leads, deals, accounts, sales, customers, relationships, interactions, reminders, opportunities',
    weak: ''
  }),
  topic('lms', {
    aliases: 'learning-management-system, e-learning, elearning, education',
    strong:
      'lms, learning management system, e learning, elearning, online courses, course management, autograder, automatic grading, moocs, mooc, moodle, scorm, gradebook, course authoring',
    clear: 'courses, course, students, teachers, instructors, grading, quizzes, classroom, learning platform',
    hint: 'learning, submissions, exams, lessons, education, exercises, assignments',
    weak: ''
  })
]
