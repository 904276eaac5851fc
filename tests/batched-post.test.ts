import { describe, expect, it } from 'vitest'
import { batchedPost } from '../src/cli/threads/batched-post.js'

const turn = () => new Promise(resolve => setImmediate(resolve))

describe('batchedPost', () => {
  it('posts 8 messages together at once, and the rest when the current work is done', async () => {
    const posted: number[][] = []
    const send = batchedPost<number>(batch => posted.push(batch))
    for (let i = 0; i < 11; i++) send(i)
    expect(posted).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]])
    await turn()
    expect(posted).toEqual([
      [0, 1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10]
    ])
    send(11)
    await turn()
    await turn()
    expect(posted).toHaveLength(3)
    expect(posted[2]).toEqual([11])
  })
})
