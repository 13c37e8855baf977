import path from "node:path";
import { fileURLToPath } from "node:url";
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import * as faceapi from "@vladmandic/face-api/dist/face-api.node-wasm.js";
import type { FaceRequest, FaceResponse } from "./messages.ts";
import { serveTasks } from "./serve-tasks.ts";

/*
 * Face detection, offline: SSD MobileNet v1 weights from the face-api package's own folder,
 * on TensorFlow.js's WebAssembly backend. Nothing is fetched at run time.
 */
const packageDir = (specifier: string) => path.dirname(fileURLToPath(import.meta.resolve(specifier)));

/** Scores of real faces in our test photos run from 0.55 up; anything else stays under 0.1. */
const MIN_SCORE = 0.4;

const ready = (async () => {
  setWasmPaths(packageDir("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm") + path.sep);
  if (!(await tf.setBackend("wasm"))) throw new Error("the WebAssembly backend for face detection did not start");
  await tf.ready();
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(path.join(packageDir("@vladmandic/face-api/package.json"), "model"));
})();

serveTasks<FaceRequest, FaceResponse>(async ({ data, width, height }) => {
  await ready;
  const input = faceapi.tf.tensor3d(new Uint8Array(data), [height, width, 3], "int32");
  try {
    const found = await faceapi.detectAllFaces(input, new faceapi.SsdMobilenetv1Options({ minConfidence: MIN_SCORE, maxResults: 100 }));
    return { value: found.map((d) => ({ x: d.box.x, y: d.box.y, width: d.box.width, height: d.box.height, score: d.score })) };
  } finally {
    input.dispose();
  }
});
