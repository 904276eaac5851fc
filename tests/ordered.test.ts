import { describe, expect, it } from 'vitest'
import { runOrdered } from '../src/core/ordered.js'

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

describe('runOrdered', () => {
  it('emits in input order although later items finish first, with at most `concurrency` in flight', async () => {
    let inFlight = 0
    let peak = 0
    const emitted: number[] = []
    await runOrdered(
      [50, 5, 30, 1, 20, 2],
      async delay => {
        inFlight += 1
        peak = Math.max(peak, inFlight)
        await sleep(delay)
        inFlight -= 1
        return delay
      },
      3,
      value => {
        emitted.push(value)
      }
    )
    expect(emitted).toEqual([50, 5, 30, 1, 20, 2])
    expect(peak).toBe(3)
  })

  it('does not read ahead of a slow consumer by more than the window', async () => {
    let read = 0
    async function* source() {
      for (let i = 0; i < 100; i++) {
        read += 1
        yield i
      }
    }
    let maxAhead = 0
    let emittedCount = 0
    await runOrdered(
      source(),
      async i => i,
      4,
      async () => {
        emittedCount += 1
        maxAhead = Math.max(maxAhead, read - emittedCount)
        await sleep(0)
      }
    )
    expect(emittedCount).toBe(100)
    expect(maxAhead).toBeLessThanOrEqual(4)
  })
})
