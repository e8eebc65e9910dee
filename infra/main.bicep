// Södertörnsboten in Azure: an App Service on Linux (Node 24, one instance, always on, health check on
// /healthz, the store under the persistent /home) and an Azure Bot registered with a user-assigned managed
// identity (no secret to rotate; new multi-tenant bots can no longer be created), connected to Teams.
// The web app, its /home storage (the plan, the conversations, the backups) and the identity are in West
// Europe, so the data stays in the EU. The Azure Bot resource is 'global', as the Teams samples register it;
// it holds no plan data (it relays messages).
//
// Deployed by m365agents.yml (provision), or by hand:
//   az deployment group create -g <resource group> -f infra/main.bicep -p infra/main.parameters.json
// Not validated on the machine this was written on (no Bicep CLI there): see docs/deploy.md, "Run it in Azure".

targetScope = 'resourceGroup'

@minLength(4)
@maxLength(20)
@description('Base of every resource name, e.g. sodertornsboten (the web app is <base>-app.azurewebsites.net).')
param resourceBaseName string

@description('Region of the web app and the identity. West Europe keeps the data in the EU.')
param location string = 'westeurope'

@maxLength(42)
@description('The bot\'s name in Teams and the Azure portal.')
param botDisplayName string = 'Södertörnsboten'

@description('App Service plan size. B1 is enough for the committee (see docs/operations.md, "One instance").')
param appServiceSku string = 'B1'

@description('Comma-separated Entra object ids (aadObjectId) of the secretariat; seeds the list once.')
param secretariat string = ''

@description('BOT_NOW for a demonstration against the 2011 plan; empty in production.')
param botNow string = ''

var appName = '${resourceBaseName}-app'
var publicUrl = 'https://${appName}.azurewebsites.net'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: 1 // one instance by design: the bot refuses a second process on the same store
  }
  properties: {
    reserved: true // Linux
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/bot/index.js'
      alwaysOn: true // the reminder scheduler is a timer in the process: it must not be unloaded when idle
      healthCheckPath: '/healthz'
      numberOfWorkers: 1
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'STORE_PATH', value: '/home/data/store.json' } // /home is persistent and survives restarts and deployments
        { name: 'PUBLIC_URL', value: publicUrl }
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'SECRETARIAT', value: secretariat }
        { name: 'BOT_NOW', value: botNow }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' } // the code is read-only; the store lives in /home/data
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' } // the package is built before it is deployed
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
        { name: 'WEBSITE_HEALTHCHECK_MAXPINGFAILURES', value: '10' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0' // Teams is a standard channel: free
  }
  properties: {
    displayName: botDisplayName
    endpoint: '${publicUrl}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Written by the Agents Toolkit into env/.env.<environment> (arm/deploy) and used by m365agents.yml.
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = app.properties.defaultHostName
output PUBLIC_URL string = publicUrl
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = app.id
