using AiApiTestAutomation.Relay;

RelayApp.Build(args).Run();
