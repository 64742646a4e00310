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

// Oppfølgingsflyt: Welcome in Norwegian (bokmål) only (locales/no.json). Nobody is meant to stay here: after the
// login each user is sent on to the app their role works in (landing/til-rett-app.js).
export default {
  // the name on the login page (Camunda's default is the English "Welcome")
  app: {
    name: 'Oppfølgingsflyt'
  },
  locales: {
    availableLocales: ['no'],
    fallbackLocale: 'no'
  },
  dateFormat: {
    normal: 'DD.MM.YYYY [kl.] HH:mm',
    long: 'dddd D. MMMM YYYY [kl.] HH:mm'
  },
  customScripts: ['../oppfolgingsflyt/norsk-med-en-gang', 'landing/til-rett-app'],
  disableWelcomeMessage: true
};
