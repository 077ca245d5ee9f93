using Store.Api;

StoreApp.Build(StoreApiOptions.FromEnvironment(), args).Run();
