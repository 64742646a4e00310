/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Oppfølgingsflyt: Camunda's Tasklist configuration. Norwegian (bokmål) only, whatever the browser's language
// (locales/no.json, written by scripts/camunda-norsk/lag-lokaler.py); Norwegian dates (moment.js formats; the
// time zone is the browser's, Europe/Oslo for a user in Norway); one script that sorts the task list by deadline.
export default {
  locales: {
    availableLocales: ['no'],
    fallbackLocale: 'no'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'D.',
    abbr: 'D. MMM YYYY [kl.] HH:mm',
    normal: 'DD.MM.YYYY [kl.] HH:mm',
    long: 'dddd D. MMMM YYYY [kl.] HH:mm',
    short: 'DD.MM.YYYY'
  },
  customScripts: ['../oppfolgingsflyt/norsk-med-en-gang', 'frister/sorter-etter-frist'],
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valgte oppgaven'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'går til det første filteret i listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'går til den første oppgaven i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'går til det første feltet i skjemaet'
    }
  }
};
