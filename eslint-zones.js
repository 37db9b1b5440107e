/**
 * The layers and the directions they may not import in, as import-x/no-restricted-paths zones
 * (docs/architecture.md draws them). Paths are relative to the repository root.
 */

const features = [
  "code-export",
  "compare",
  "connection",
  "discovery",
  "history",
  "instances",
  "load-test",
  "paste-request",
  "presenter",
  "results",
  "send",
];

/** Every zone: `target` files may not import from `from`. */
export const layerZones = [
  {
    target: "./server",
    from: "./src",
    message:
      "The server does not import the browser app; shared code lives in protocol/ or shared/.",
  },
  {
    target: "./src",
    from: "./server",
    message:
      "The browser app does not import the server; shared code lives in protocol/ or shared/.",
  },
  {
    target: "./protocol",
    from: ["./src", "./server", "./scripts", "./bench", "./e2e", "./integration"],
    message: "protocol/ is shared by the app and the server and imports only shared/.",
  },
  {
    target: "./shared",
    from: ["./protocol", "./src", "./server", "./scripts", "./bench", "./e2e", "./integration"],
    message: "shared/ holds helpers every layer may use; it imports none of them.",
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features never import each other; shared pieces go to src/ui/.",
  })),
  {
    target: ["./src/state", "./src/draft", "./src/serving", "./src/ui", "./src/load-test"],
    from: ["./src/features", "./src/app"],
    message: "Stores, the draft model, the client and shared UI do not import features or the app.",
  },
  {
    target: "./src/compare",
    from: ["./src/features", "./src/app", "./src/state", "./src/ui", "./src/draft"],
    message: "src/compare holds pure comparison computations; it imports only the client's types.",
  },
  {
    target: "./src/code-export",
    from: ["./src/features", "./src/app", "./src/state", "./src/ui"],
    message: "Snippet generators are pure: they take an export request and import no stores or UI.",
  },
  {
    target: ["./src/serving", "./src/draft", "./src/tensor-files"],
    from: "./src/code-export",
    message: "The client, the draft model and tensor files know nothing of code export.",
  },
  {
    target: ["./src/serving", "./src/draft"],
    from: ["./src/state", "./src/ui"],
    message: "The client and the draft model sit below the stores and the UI.",
  },
  {
    target: "./src/load-test",
    from: ["./src/state", "./src/ui"],
    message: "The load-test model sits below the stores and the UI.",
  },
  {
    target: "./src/history",
    from: ["./src/state", "./src/ui", "./src/features", "./src/app"],
    message: "The history records sit below the stores and the UI.",
  },
  {
    target: "./src/workers",
    from: "./src",
    except: ["./workers"],
    message:
      "src/workers holds the worker client the client and the history share; it imports nothing of the app.",
  },
  {
    target: "./src/serving",
    from: "./src/draft",
    message: "The client knows nothing of the draft; stores turn drafts into client values.",
  },
];
