import type { DefaultArtifactClient } from '@actions/artifact'
import type { BatchArtifactClient } from '../batch/artifacts.js'

/**
 * An @actions/artifact client that loads the package on its first call. The package (with the Azure blob
 * client it brings) is a large part of the bundle, and a run without an artifact service, or one that
 * uploads nothing, never calls it.
 */
export function lazyArtifactClient(): BatchArtifactClient {
  let client: Promise<DefaultArtifactClient> | undefined
  const load = () => (client ??= import('@actions/artifact').then(artifact => new artifact.DefaultArtifactClient()))
  return {
    uploadArtifact: async (name, files, rootDirectory, options) =>
      (await load()).uploadArtifact(name, files, rootDirectory, options),
    listArtifacts: async options => (await load()).listArtifacts(options),
    downloadArtifact: async (artifactId, options) => (await load()).downloadArtifact(artifactId, options)
  }
}
