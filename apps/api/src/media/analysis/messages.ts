/** What the main thread and the analysis threads say to each other. Pixels travel as transferred buffers. */
export interface FaceRequest {
  /** RGB, 3 bytes a pixel */
  data: ArrayBuffer;
  width: number;
  height: number;
}

export type FaceResponse = { x: number; y: number; width: number; height: number; score: number }[];

export interface TextRequest {
  /** a greyscale PNG */
  png: ArrayBuffer;
}

export interface TextResponse {
  text: string;
}

export interface HeicRequest {
  bytes: ArrayBuffer;
}

export interface HeicResponse {
  data: ArrayBuffer;
  width: number;
  height: number;
}
