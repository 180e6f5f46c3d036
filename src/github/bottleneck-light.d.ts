// bottleneck's light build (no Redis clustering) is the one octokit's throttling plugin loads;
// importing it too keeps one copy of bottleneck in the bundle. Its types are the full build's.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
